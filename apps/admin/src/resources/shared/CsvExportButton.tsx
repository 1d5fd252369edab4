import DownloadIcon from '@mui/icons-material/Download';
import { useState } from 'react';
import { Button, downloadCSV, RaRecord, useCanAccess, useDataProvider, useListContext, useNotify, useTranslate } from 'react-admin';
import { londonDayOf } from '../../dates/london';
import { CsvExport, csvOf, EXPORT_ROW_LIMIT, fetchEveryRecord } from './csv-export';

/** Downloads every record the list's filters select (not only this page) as CSV, for those who may export. */
export function CsvExportButton<RecordType extends RaRecord>(csv: CsvExport<RecordType>) {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider();
  const { resource, filter, filterValues, sort, total } = useListContext<RecordType>();
  const { canAccess } = useCanAccess({ resource, action: 'export' });
  const [preparing, setPreparing] = useState(false);
  if (!canAccess) return null;

  async function download() {
    setPreparing(true);
    try {
      const { records, truncated } = await fetchEveryRecord<RecordType>(dataProvider, resource, { filter: { ...filterValues, ...filter }, sort });
      downloadCSV(await csvOf(dataProvider, records, csv, (key) => translate(key)), `${csv.fileName}-${londonDayOf(Date.now())}`);
      if (truncated) notify('regflow.lists.csv.truncated', { type: 'warning', messageArgs: { rows: EXPORT_ROW_LIMIT.toLocaleString('en-GB') } });
    } catch (error) {
      const message = error instanceof Error ? error.message : '';
      notify('regflow.lists.csv.failed', { type: 'error', messageArgs: { reason: message } });
    } finally {
      setPreparing(false);
    }
  }

  return (
    <Button
      label={preparing ? 'regflow.lists.csv.preparing' : 'regflow.lists.csv.download'}
      onClick={download}
      disabled={preparing || total === 0}
      startIcon={<DownloadIcon />}
    />
  );
}
