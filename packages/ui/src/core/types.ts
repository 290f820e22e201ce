/** Props shared by the React and Vue flavours of each component (framework-specific children/slots aside). */
export type ButtonVariant = "primary" | "secondary" | "danger" | "ghost";
export type ButtonSize = "md" | "sm";
export type Tone = "info" | "success" | "warning" | "error";
export type BadgeTone = "neutral" | "info" | "success" | "warning" | "danger";

export interface SelectOption {
  value: string;
  label: string;
  disabled?: boolean;
}

export interface TabItem {
  id: string;
  label: string;
  disabled?: boolean;
}

export type ColumnAlign = "start" | "end" | "center";
