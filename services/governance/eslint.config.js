export { default } from "@orbis/lint";
