/** In-module navigation through the History API, shared by every React module. */
export { useLocation, navigate, type CurrentLocation } from "@orbis/ui/react";
