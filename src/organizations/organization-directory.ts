import { performance } from 'node:perf_hooks';
import type { AppContext } from '../platform/context.ts';
import type { Database } from '../platform/database/database.ts';
import { notFound } from '../platform/errors.ts';
import type { Organization } from './organization.ts';
import { listOrganizations } from './organization.repository.ts';
import { OrganizationTree } from './organization-tree.ts';

/**
 * A read-through, in-memory copy of the organisation tree, so that subtree checks cost no query.
 * Fresh after this process adds an organisation (`invalidate`), never more than `maxAgeMs` (60 s)
 * stale otherwise, and reloaded at once (at most once a second) when asked about an unknown id,
 * which covers organisations another process has just added.
 *
 * Caution: a reload reads through the main database handle. On SQLite that handle has a single
 * connection, so calling these methods *inside* a transaction can wait on the transaction forever.
 * Inside a transaction use the synchronous `OrganizationTree` from `await directory.tree()` taken
 * before it opened.
 */
export class OrganizationDirectory {
  private current: OrganizationTree | null = null;
  private loadedAt = Number.NEGATIVE_INFINITY;
  private generation = 0;
  private loading: { promise: Promise<OrganizationTree>; generation: number } | null = null;

  constructor(
    private readonly load: () => Promise<Organization[]>,
    private readonly options: { maxAgeMs?: number; missRetryMs?: number; now?: () => number } = {},
  ) {}

  private now(): number {
    return (this.options.now ?? performance.now.bind(performance))();
  }

  /** The whole tree, at most `maxAgeMs` old. */
  async tree(): Promise<OrganizationTree> {
    if (this.current && this.now() - this.loadedAt < (this.options.maxAgeMs ?? 60_000)) return this.current;
    return this.refresh();
  }

  /** Reloads now; concurrent callers share one query, unless it began before an invalidation. */
  refresh(): Promise<OrganizationTree> {
    if (this.loading && this.loading.generation === this.generation) return this.loading.promise;
    const generation = this.generation;
    const startedAt = this.now();
    const promise = this.load()
      .then((organizations) => {
        const tree = new OrganizationTree(organizations);
        // A load that began before an invalidation may miss the change: keep it, but not as fresh.
        if (generation === this.generation) {
          this.current = tree;
          this.loadedAt = startedAt;
        }
        return tree;
      })
      .finally(() => {
        if (this.loading?.promise === promise) this.loading = null;
      });
    this.loading = { promise, generation };
    return promise;
  }

  /** The next question reloads: call after committing a change to organisations. */
  invalidate(): void {
    this.generation += 1;
    this.loadedAt = Number.NEGATIVE_INFINITY;
  }

  /** The tree, reloaded first if it does not know `id` and was not just loaded. */
  private async treeKnowing(id: number): Promise<OrganizationTree> {
    const tree = await this.tree();
    if (tree.get(id) || this.now() - this.loadedAt < (this.options.missRetryMs ?? 1_000)) return tree;
    return this.refresh();
  }

  async get(id: number): Promise<Organization | undefined> {
    return (await this.treeKnowing(id)).get(id);
  }

  /** The materialised path ('/1/4/'); a notFound AppError for an unknown id. */
  async getPath(id: number): Promise<string> {
    const org = await this.get(id);
    if (!org) throw notFound({ zh: '组织机构', en: 'Organisation' });
    return org.path;
  }

  /** The parent, or null for a root or an unknown id. */
  async parentOf(id: number): Promise<Organization | null> {
    return (await this.treeKnowing(id)).parentOf(id);
  }

  /** Is `id` the organisation `ancestorId` or below it? False when either is unknown. */
  async isWithin(id: number, ancestorId: number): Promise<boolean> {
    await this.treeKnowing(ancestorId);
    return (await this.treeKnowing(id)).isWithin(id, ancestorId);
  }

  /** Direct children, in creation order. */
  async children(id: number): Promise<Organization[]> {
    return (await this.treeKnowing(id)).children(id);
  }
}

const directories = new WeakMap<Database, OrganizationDirectory>();

/** One directory per database handle, shared by every request and use case of this process. */
export function getOrganizationDirectory(ctx: Pick<AppContext, 'database'>): OrganizationDirectory {
  let directory = directories.get(ctx.database);
  if (!directory) {
    const database = ctx.database;
    directory = new OrganizationDirectory(() => listOrganizations(database.db));
    directories.set(database, directory);
  }
  return directory;
}
