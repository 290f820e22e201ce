export { LocaleProvider, useLocale, useUiText } from "./locale";
export { Button, type ButtonProps } from "./Button";
export {
  Checkbox,
  CheckboxGroup,
  SelectField,
  TextField,
  type CheckboxGroupProps,
  type CheckboxProps,
  type SelectFieldProps,
  type TextFieldProps,
} from "./fields";
export { DataTable, type DataTableColumn, type DataTableProps } from "./DataTable";
export {
  Alert,
  Badge,
  EmptyState,
  ErrorPanel,
  LoadingState,
  Spinner,
  type AlertProps,
  type BadgeProps,
  type EmptyStateProps,
  type ErrorPanelProps,
  type LoadingStateProps,
  type SpinnerProps,
} from "./feedback";
export { Card, PageHeader, type CardProps, type PageHeaderProps } from "./layout";
export { Tabs, type ReactTabItem, type TabsProps } from "./Tabs";
export { Dialog, type DialogProps } from "./Dialog";
export { Pagination, type PaginationProps } from "./Pagination";
export * from "../core/public";
export { useLocation, navigate, type CurrentLocation } from "./location";
export { Link, type LinkProps } from "./Link";
export { AnnouncerProvider, StatusRegion, useAnnounce, useClearAnnouncement } from "./announcer";
export { usePageFocus } from "./page-focus";
export { ConfirmDialog, type ConfirmDialogProps } from "./ConfirmDialog";
export { FormAlert, ProblemAlert, problemMessage, useProblemMessage, type FormAlertProps, type ProblemTranslate } from "./problem-alerts";
export { SubNav, type SubNavItem } from "./SubNav";
export { focusFirstInvalid } from "../core/focus";
