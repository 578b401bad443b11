// The member register and the dues, loaded on first use (the firm's own profile page is in the first load).
export { RegisterPage } from './register-page';
export { ProfilePage } from './profile-page';
export { DuesPage } from './dues-page';
