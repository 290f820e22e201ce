/** A fake of the services behind fetch, recording calls (shared with the other modules' tests). */
export * from "@orbis/test-kit/fake-api";
