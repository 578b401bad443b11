export { SignInPage } from './sign-in-page';
// loaded on first use: ./settings (the person's settings), ./admin (the administrator's screens)
