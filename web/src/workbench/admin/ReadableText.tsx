import { ConfigProvider } from 'antd';
import type { ReactNode } from 'react';

// Ant Design's light greys (labels of descriptions, statistic titles, secondary text, placeholders)
// fall below WCAG AA contrast on white; these keep the look but reach 4.5:1. The supervision and
// administration pages use it until the workbench layout sets the same tokens for every page.
const theme = { token: { colorTextTertiary: '#595959', colorTextDescription: '#595959', colorTextPlaceholder: '#767676' } };

export function ReadableText({ children }: { children: ReactNode }) {
  return <ConfigProvider theme={theme}>{children}</ConfigProvider>;
}
