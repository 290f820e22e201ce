export { Link, type LinkProps } from "@orbis/ui/react";
