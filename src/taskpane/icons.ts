/**
 * The pane's icons, each imported from its own module (the @fluentui/react-icons barrel holds
 * thousands). One place, so the bundle's icon cost is visible at a glance.
 */
export { ArrowRight16Regular } from '@fluentui/react-icons/lib/atoms/svg/arrow-right';
export { ArrowUndo20Regular } from '@fluentui/react-icons/lib/atoms/svg/arrow-undo';
export { Calculator20Regular } from '@fluentui/react-icons/lib/atoms/svg/calculator';
export { CheckmarkCircle20Filled } from '@fluentui/react-icons/lib/atoms/svg/checkmark-circle';
export { ChevronDown16Regular } from '@fluentui/react-icons/lib/atoms/svg/chevron-down';
export { ChevronRight16Regular } from '@fluentui/react-icons/lib/atoms/svg/chevron-right';
export { Dismiss16Regular } from '@fluentui/react-icons/lib/atoms/svg/dismiss';
export { Eraser20Regular } from '@fluentui/react-icons/lib/atoms/svg/eraser';
export { ErrorCircle16Filled } from '@fluentui/react-icons/lib/atoms/svg/error-circle';
export { Lightbulb16Filled } from '@fluentui/react-icons/lib/atoms/svg/lightbulb';
export { PaintBrush20Regular } from '@fluentui/react-icons/lib/atoms/svg/paint-brush';
export { Settings20Regular } from '@fluentui/react-icons/lib/atoms/svg/settings';
export { TableSearch20Regular } from '@fluentui/react-icons/lib/atoms/svg/table-search';
export { TextBulletListSquare20Regular } from '@fluentui/react-icons/lib/atoms/svg/text-bullet-list-square';
export { TextNumberListLtr20Regular } from '@fluentui/react-icons/lib/atoms/svg/text-number-list-ltr';
export { Warning16Filled } from '@fluentui/react-icons/lib/atoms/svg/warning';
export { Wrench16Regular } from '@fluentui/react-icons/lib/atoms/svg/wrench';
