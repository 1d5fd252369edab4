import { Alert, Box, CircularProgress, Stack, Typography } from '@mui/material';
import { Button, CreateButton, useCanAccess, useListContext, useResourceContext, useResourceDefinition, useTranslate } from 'react-admin';

/** A list's query options: its own error state says what went wrong, so no pop-up notice besides. */
export const quietListErrors = { onError: () => undefined };

/** Said while a list's first page, or a record, is on its way. */
export function LoadingState() {
  const translate = useTranslate();
  return (
    <Stack role="status" direction="row" spacing={1} alignItems="center" sx={{ p: 2 }}>
      <CircularProgress size={20} aria-hidden />
      <Typography>{translate('regflow.lists.loading')}</Typography>
    </Stack>
  );
}

/** Why a list could not be shown, in the server's words, and a way to try again. */
export function ListError() {
  const translate = useTranslate();
  const { error, refetch } = useListContext();
  return (
    <Alert
      severity="error"
      sx={{ m: 2 }}
      action={<Button label="regflow.layout.try_again" onClick={() => refetch()} />}
    >
      <Typography>{translate('regflow.lists.error')}</Typography>
      {error?.message ? <Typography>{error.message}</Typography> : null}
    </Alert>
  );
}

/** The resource's Create button, for those who may create one, where the resource has a create page. */
export function CreateIfAllowed() {
  const resource = useResourceContext();
  const { hasCreate } = useResourceDefinition();
  const { canAccess } = useCanAccess({ resource, action: 'create' });
  return hasCreate && canAccess ? <CreateButton variant="contained" /> : null;
}

/**
 * What to do when a list has nothing to show: `regflow.lists.<resource>.empty` when nothing is
 * filtered, `.no_match` and a button that clears the filters when something is.
 */
export function ListEmpty() {
  const translate = useTranslate();
  const resource = useResourceContext();
  const { filterValues, setFilters } = useListContext();
  const filtered = Object.keys(filterValues ?? {}).length > 0;
  return (
    <Box role="status" sx={{ p: 2 }}>
      <Typography gutterBottom={filtered}>{translate(`regflow.lists.${resource}.${filtered ? 'no_match' : 'empty'}`)}</Typography>
      {filtered ? <Button variant="outlined" label="regflow.lists.clear_filters" onClick={() => setFilters({}, [])} /> : <CreateIfAllowed />}
    </Box>
  );
}
