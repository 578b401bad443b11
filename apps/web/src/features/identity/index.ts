export { SignInPage } from './sign-in-page';
export { SettingsPage } from './settings-page';
