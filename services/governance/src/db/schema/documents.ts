import { customType, index, integer, text, uuid } from "drizzle-orm/pg-core";
import { governanceSchema, versioned } from "./core";

const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/** Files attached to governance records (meeting papers, network documents, label evidence...). */
export const documents = governanceSchema.table(
  "documents",
  {
    id: uuid("id").primaryKey().defaultRandom(),
    ownerType: text("owner_type").notNull(),
    ownerId: uuid("owner_id").notNull(),
    title: text("title").notNull(),
    filename: text("filename").notNull(),
    contentType: text("content_type").notNull(),
    sizeBytes: integer("size_bytes").notNull(),
    sha256: text("sha256").notNull(),
    content: bytea("content").notNull(),
    uploadedBy: text("uploaded_by").notNull(),
    ...versioned(),
  },
  (t) => [index("documents_owner_idx").on(t.ownerType, t.ownerId)],
);

export const documentTables = { documents };
