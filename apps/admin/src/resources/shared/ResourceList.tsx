import { Typography } from '@mui/material';
import { Datagrid, DatagridProps, List, ListProps, RaRecord, TopToolbar, useTranslate } from 'react-admin';
import { visuallyHidden } from '../../visually-hidden';
import { CsvExportButton } from './CsvExportButton';
import type { CsvExport } from './csv-export';
import { CreateIfAllowed, ListEmpty, ListError, LoadingState, quietListErrors } from './list-states';

/** How many rows a list shows a page: every list and a record's audit trail. */
export const LIST_PAGE_SIZE = 25;

interface ResourceListProps<RecordType extends RaRecord> extends Omit<ListProps<RecordType>, 'actions' | 'empty' | 'error' | 'loading' | 'exporter' | 'title'> {
  /** The page's heading and title, an i18n key. */
  readonly title: string;
  readonly csv?: CsvExport<RecordType>;
}

/**
 * A regflow list page: a heading, states that say what to do (loading, empty or matching nothing,
 * failed) and, where given, a CSV download of everything the filters select.
 */
export function ResourceList<RecordType extends RaRecord>({ title, csv, children, ...props }: ResourceListProps<RecordType>) {
  const translate = useTranslate();
  return (
    <>
      <Typography component="h1" sx={visuallyHidden}>
        {translate(title)}
      </Typography>
      <List<RecordType>
        title={title}
        exporter={false}
        empty={<ListEmpty />}
        error={<ListError />}
        loading={<LoadingState />}
        actions={
          <TopToolbar>
            <CreateIfAllowed />
            {csv ? <CsvExportButton {...csv} /> : null}
          </TopToolbar>
        }
        queryOptions={quietListErrors}
        perPage={LIST_PAGE_SIZE}
        {...props}
      >
        {children}
      </List>
    </>
  );
}

interface ResourceDatagridProps extends DatagridProps {
  /** Columns (by source) left out below the `md` breakpoint, so a tablet shows the rest without scrolling. */
  readonly wideOnly?: readonly string[];
}

/** A list's table: no bulk actions, the list's empty state, and fewer columns on a tablet. */
export function ResourceDatagrid({ wideOnly = [], ...props }: ResourceDatagridProps) {
  const narrow = Object.fromEntries(wideOnly.map((source) => [`& .column-${source}`, { display: { xs: 'none', md: 'table-cell' } }]));
  // A table wider than a small screen scrolls inside its frame rather than losing its last columns.
  return <Datagrid bulkActionButtons={false} empty={<ListEmpty />} sx={{ ...narrow, '& .RaDatagrid-tableWrapper': { overflowX: 'auto' } }} {...props} />;
}
