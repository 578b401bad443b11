import {
  createTheme,
  type CSSVariablesResolver,
  defaultVariantColorsResolver,
  parseThemeColor,
  TableScrollContainer,
  type VariantColorsResolver,
} from '@mantine/core';

/**
 * Mantine's light variants (badges, alerts) put shade-6 text on a pale background, below WCAG
 * AA's 4.5:1 (green, teal, orange and yellow stay below it even at shade 9); here their text is
 * the colour's darkest shade mixed with black, which reads above 7:1 on every pale background.
 */
const variantColorResolver: VariantColorsResolver = (input) => {
  const colors = defaultVariantColorsResolver(input);
  if (input.variant === 'light' || input.variant === 'subtle') {
    const parsed = parseThemeColor({ color: input.color || input.theme.primaryColor, theme: input.theme });
    if (parsed.isThemeColor) {
      const text = `color-mix(in srgb, var(--mantine-color-${parsed.color}-9) 55%, black)`;
      return { ...colors, color: text, hoverColor: text };
    }
  }
  return colors;
};

/**
 * "Dimmed" secondary text dark enough to read (gray 7 rather than 6: 7:1 instead of 3.3:1 on
 * white), and a field's error message and text in red 9 (red 6 is 3.3:1 on white, below AA).
 */
export const cssVariablesResolver: CSSVariablesResolver = () => ({
  variables: {},
  light: { '--mantine-color-dimmed': 'var(--mantine-color-gray-7)', '--mantine-color-error': 'var(--mantine-color-red-9)' },
  dark: {},
});

/** One look for the whole console: Mantine's tokens, a calm blue, visible keyboard focus. */
export const theme = createTheme({
  primaryColor: 'blue',
  primaryShade: { light: 8, dark: 8 },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'sm',
  focusRing: 'auto',
  headings: { fontWeight: '700' },
  variantColorResolver,
  components: {
    // a wide table scrolls in a plain, keyboard-focusable box (arrow keys scroll it)
    TableScrollContainer: TableScrollContainer.extend({ defaultProps: { type: 'native', tabIndex: 0 } }),
  },
});
