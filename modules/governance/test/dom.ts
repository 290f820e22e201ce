/** DOM helpers for React component tests (shared by the React modules). */
export * from "@orbis/test-kit/react-dom";
