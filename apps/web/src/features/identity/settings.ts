// The person's settings, loaded on first use.
export { SettingsPage } from './settings-page';
