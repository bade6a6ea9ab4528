// Postgres access for the wasm schema engine: @prisma/adapter-pg 7.10.1 with the three fixes
// it needs to serve Migrate (see docs in schema-engine.mjs), plus the plain-pg helpers behind
// the engine's one-shot `cli can-connect-to-database | create-database` commands.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";

/** pg config for a Prisma-style URL: `?schema=` becomes the search_path, as the native engine does. */
export function pgConfig(url) {
  const schema = new URL(url).searchParams.get("schema") ?? undefined;
  return {
    config: {
      connectionString: url,
      // Idle pooled connections must not close: one of them may hold Migrate's advisory lock.
      idleTimeoutMillis: 0,
      connectionTimeoutMillis: 10_000,
      ...(schema ? { options: `-c search_path="${schema.replaceAll('"', '""')}"` } : {}),
    },
    schema,
  };
}

let patched = false;
/** Fixes two adapter-pg methods on its (unexported) classes, reached through an instance. */
function patchAdapterClasses(adapter) {
  if (patched) return;
  const adapterProto = Object.getPrototypeOf(adapter);
  const queryableProto = Object.getPrototypeOf(adapterProto);
  const { performIO } = queryableProto;
  if (typeof performIO !== "function" || typeof adapterProto.executeScript !== "function") {
    throw new Error("@prisma/adapter-pg internals changed: re-check prisma/engine/pg-adapter.mjs");
  }
  // 1. The schema describer reads pg_catalog columns of type "char" (OID 18), which the adapter
  //    rejects as an unsupported type. Their text value is a plain string: report them as text.
  queryableProto.performIO = async function (query) {
    const result = await performIO.call(this, query);
    for (const field of result?.fields ?? []) if (field.dataTypeID === 18) field.dataTypeID = 25;
    return result;
  };
  // 2. executeScript splits on ";" and runs each piece on its own: not atomic, and it breaks
  //    `$$ ... ; ... $$` bodies. Send the script whole as one simple-protocol query instead, which
  //    Postgres runs as a single implicit transaction (like the native engine does).
  adapterProto.executeScript = async function (script) {
    try {
      await this.client.query(script);
    } catch (error) {
      this.onError(error);
    }
  };
  patched = true;
}

async function withClient(url, fn) {
  const client = new pg.Client({ ...pgConfig(url).config, connectionTimeoutMillis: 10_000 });
  try {
    await client.connect();
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

const quoteIdent = (name) => `"${name.replaceAll('"', '""')}"`;

async function dropDatabase(url, name) {
  await withClient(url, async (c) => {
    try {
      await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
    } catch (e) {
      if (e?.code !== "42601") throw e; // WITH (FORCE) needs PostgreSQL 13+
      await c.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`);
    }
  });
}

/** Who answers at this URL: used to refuse a shadow database that is really the main one. */
async function identity(client) {
  const { rows } = await client.query(
    "SELECT current_database() AS db, (SELECT oid FROM pg_database WHERE datname = current_database())::text AS oid, " +
      "pg_postmaster_start_time()::text AS started, coalesce(inet_server_port(), 0) AS port",
  );
  return rows[0];
}

export class ShimPgFactory {
  provider = "postgres";
  adapterName = "@prisma/adapter-pg (schema-engine shim)";

  constructor({ url, shadowDatabaseUrl }) {
    this.url = url;
    this.shadowUrl = shadowDatabaseUrl;
    this.createdShadowDbs = new Set();
  }

  async connect() {
    // Without a main URL (e.g. `migrate diff` with only a shadow DB) the adapter stays unconnected:
    // any query on it fails, which the engine reports.
    const url = this.url ?? "postgresql://no-datasource-url-configured.invalid/none";
    const { config, schema } = pgConfig(url);
    const adapter = await new PrismaPg(config, { schema }).connect();
    patchAdapterClasses(adapter);
    return adapter;
  }

  // 3. adapter-pg's own connectToShadowDb builds `{ ...config, database }`, but pg lets the
  //    connectionString override `database`: the "shadow" database it returns is the MAIN one,
  //    which Migrate then fills and wipes. Here the database name goes into the URL itself, and
  //    current_database() is checked before the engine gets the connection.
  async connectToShadowDb() {
    if (this.shadowUrl) return this.#connectConfiguredShadowDb();
    if (!this.url) throw new Error("A shadow database needs DATABASE_URL (to create one) or SHADOW_DATABASE_URL.");
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    await withClient(this.url, (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
    this.createdShadowDbs.add(name);
    const shadowUrl = new URL(this.url);
    shadowUrl.pathname = `/${encodeURIComponent(name)}`;
    const { config, schema } = pgConfig(shadowUrl.toString());
    const adapter = await new PrismaPg(config, { schema }).connect();
    patchAdapterClasses(adapter);
    const drop = async () => {
      await dropDatabase(this.url, name);
      this.createdShadowDbs.delete(name);
    };
    try {
      const { rows } = await adapter.underlyingDriver().query("SELECT current_database() AS db");
      if (rows[0]?.db !== name) throw new Error(`shadow connection reached database "${rows[0]?.db}", expected "${name}": refusing to continue`);
    } catch (e) {
      await adapter.dispose().catch(() => {});
      await drop().catch(() => {});
      throw e;
    }
    const dispose = adapter.dispose.bind(adapter);
    adapter.dispose = async () => {
      await dispose();
      await drop();
    };
    return adapter;
  }

  // A configured shadow database is reset before use, as the native engine does; the engine's
  // wasm build assumes the adapter hands it an empty one.
  async #connectConfiguredShadowDb() {
    const shadow = await withClient(this.shadowUrl, identity);
    if (this.url) {
      const main = await withClient(this.url, identity);
      // Host names may differ (localhost vs 127.0.0.1): compare what the server says about itself.
      if (["db", "oid", "started", "port"].every((k) => main[k] === shadow[k])) {
        throw new Error("SHADOW_DATABASE_URL points at the main database: refusing to reset it. Use a separate, disposable database.");
      }
    }
    const { config, schema } = pgConfig(this.shadowUrl);
    await withClient(this.shadowUrl, async (c) => {
      const { rows } = await c.query(
        "SELECT nspname FROM pg_namespace WHERE nspname NOT LIKE 'pg\\_%' AND nspname <> 'information_schema'",
      );
      for (const { nspname } of rows) await c.query(`DROP SCHEMA ${quoteIdent(nspname)} CASCADE`);
      await c.query(`CREATE SCHEMA ${quoteIdent(schema ?? "public")}`);
    });
    const adapter = await new PrismaPg(config, { schema }).connect();
    patchAdapterClasses(adapter);
    return adapter;
  }

  /** Drops shadow databases the engine did not dispose of (e.g. after an error). */
  async cleanup() {
    for (const name of this.createdShadowDbs) {
      await dropDatabase(this.url, name).catch(() => {});
    }
  }
}

/** Maps a pg/socket error to the Prisma error code and message the CLI expects. */
export function prismaError(error, url) {
  let where = "";
  let db = "";
  try {
    const u = new URL(url);
    where = `${u.hostname}:${u.port || 5432}`;
    db = decodeURIComponent(u.pathname.slice(1)) || "postgres";
  } catch {}
  switch (error?.code) {
    case "ECONNREFUSED":
    case "ENOTFOUND":
    case "EHOSTUNREACH":
    case "ETIMEDOUT":
      return { code: "P1001", message: `Can't reach database server at \`${where}\`\n\nPlease make sure your database server is running at \`${where}\`.` };
    case "3D000":
      return { code: "P1003", message: `Database \`${db}\` does not exist on the database server at \`${where}\`.` };
    case "28P01":
    case "28000":
      return { code: "P1000", message: `Authentication failed against database server, the provided database credentials for \`${new URL(url).username}\` are not valid.\n\nPlease make sure to provide valid database credentials for the database server at the configured address.` };
    case "42P04":
      return { code: "P1009", message: `Database \`${db}\` already exists on the database server at \`${where}\`` };
    default:
      return { code: undefined, message: String(error?.message ?? error) };
  }
}

export async function canConnect(url) {
  await withClient(url, (c) => c.query("SELECT 1"));
}

export async function createDatabase(url) {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1)) || "postgres";
  // Connect to the server's maintenance database to create the missing one.
  const admin = new URL(url);
  admin.pathname = "/postgres";
  try {
    await withClient(admin.toString(), (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
  } catch (e) {
    if (e?.code !== "3D000") throw e;
    admin.pathname = "/template1";
    await withClient(admin.toString(), (c) => c.query(`CREATE DATABASE ${quoteIdent(name)}`));
  }
  return name;
}
