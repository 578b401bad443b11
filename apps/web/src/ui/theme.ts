import { createTheme } from '@mantine/core';

/** One look for the whole console: Mantine's tokens, a calm blue, visible keyboard focus. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
  focusRing: 'auto',
  headings: { fontWeight: '700' },
});
