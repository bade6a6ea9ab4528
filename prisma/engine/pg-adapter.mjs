// Postgres access for the wasm schema engine: @prisma/adapter-pg 7.10.1 with the three fixes
// it needs to serve Migrate (see docs in schema-engine.mjs), plus the plain-pg helpers behind
// the engine's one-shot `cli can-connect-to-database | create-database` commands.
import { randomUUID } from "node:crypto";
import { PrismaPg } from "@prisma/adapter-pg";
import { ColumnTypeEnum } from "@prisma/driver-adapter-utils";
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
  const { queryRaw } = queryableProto;
  if (typeof queryRaw !== "function" || typeof adapterProto.executeScript !== "function") {
    throw new Error("@prisma/adapter-pg internals changed: re-check prisma/engine/pg-adapter.mjs");
  }
  // 1. The schema describer reads pg_catalog columns of type "char" (OID 18: contype, relkind…),
  //    which the adapter rejects as an unsupported type. The describer wants them as Character
  //    values (as Text it panics), so: let the adapter see text, then retype those columns. The
  //    per-call object keeps concurrent queries apart.
  queryableProto.queryRaw = async function (query) {
    const charColumns = [];
    const performIO = async (q) => {
      const result = await this.performIO(q);
      result?.fields?.forEach((field, i) => {
        if (field.dataTypeID !== 18) return;
        field.dataTypeID = 25;
        charColumns.push(i);
      });
      return result;
    };
    const result = await queryRaw.call(Object.create(this, { performIO: { value: performIO } }), query);
    for (const i of charColumns) result.columnTypes[i] = ColumnTypeEnum.Character;
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
    this.createdShadowDbs = new Map(); // name -> adapter
    this.configuredShadowAdapters = [];
  }

  async connect() {
    // The engine opens this connection at start-up (it reads the server version). Without a main
    // URL (`migrate diff --from-migrations` with only SHADOW_DATABASE_URL), read that from the
    // shadow database: diff writes nothing through this connection.
    const url = this.url ?? this.shadowUrl ?? "postgresql://no-datasource-url-configured.invalid/none";
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
    const shadowUrl = new URL(this.url);
    shadowUrl.pathname = `/${encodeURIComponent(name)}`;
    const { config, schema } = pgConfig(shadowUrl.toString());
    const adapter = await new PrismaPg(config, { schema }).connect();
    patchAdapterClasses(adapter);
    try {
      const { rows } = await adapter.underlyingDriver().query("SELECT current_database() AS db");
      if (rows[0]?.db !== name) throw new Error(`shadow connection reached database "${rows[0]?.db}", expected "${name}": refusing to continue`);
    } catch (e) {
      await adapter.dispose().catch(() => {});
      await dropDatabase(this.url, name).catch(() => {});
      throw e;
    }
    // The engine does not dispose of shadow adapters, and the CLI kills the engine process
    // as soon as it has its last answer: cleanup() runs after every request instead.
    this.createdShadowDbs.set(name, adapter);
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
    this.configuredShadowAdapters.push(adapter);
    return adapter;
  }

  /** Drops the shadow databases created so far; the engine never reuses one across requests. */
  async cleanup() {
    for (const adapter of this.configuredShadowAdapters.splice(0)) await adapter.dispose().catch(() => {});
    for (const [name, adapter] of this.createdShadowDbs) {
      this.createdShadowDbs.delete(name);
      const end = adapter.dispose().catch(() => {});
      await Promise.race([end, new Promise((r) => setTimeout(r, 2_000))]);
      await dropDatabase(this.url, name);
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
