import KeyIcon from '@mui/icons-material/Key';
import { ListItemIcon, ListItemText, MenuItem } from '@mui/material';
import { LinkBase, useBasename, useTranslate, useUserMenu } from 'react-admin';

/** The user menu's way to the change-password page. */
export function ChangePasswordMenuItem() {
  const translate = useTranslate();
  const basename = useBasename();
  const userMenu = useUserMenu();
  return (
    <MenuItem component={LinkBase} to={`${basename}/account/password`} onClick={userMenu?.onClose}>
      <ListItemIcon>
        <KeyIcon fontSize="small" />
      </ListItemIcon>
      <ListItemText>{translate('regflow.layout.change_password')}</ListItemText>
    </MenuItem>
  );
}
