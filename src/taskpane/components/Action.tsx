/** A pane button with its Vietnamese tooltip (shown on hover and focus, read by screen readers). */
import { Button, ToggleButton, Tooltip, type ButtonProps } from '@fluentui/react-components';
import type { ReactElement, ReactNode } from 'react';

export interface ActionProps {
  id: string;
  tip: string;
  /** A toggle (a panel that opens and closes) when given. */
  checked?: boolean;
  appearance?: ButtonProps['appearance'];
  size?: ButtonProps['size'];
  icon?: ReactElement;
  disabled?: boolean;
  className?: string;
  onClick: () => void;
  children: ReactNode;
}

export function Action({ id, tip, checked, appearance, size, icon, disabled, className, onClick, children }: ActionProps) {
  const common = { appearance, size, icon, disabled, className, onClick, 'data-testid': id };
  const button =
    checked === undefined ? <Button {...common}>{children}</Button> : <ToggleButton {...common} checked={checked}>{children}</ToggleButton>;
  return (
    <Tooltip content={tip} relationship="description" withArrow>
      {button}
    </Tooltip>
  );
}
