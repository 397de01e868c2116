import type { CreatedAmi } from './bakeLog';
import { readShare } from './codec';
import { isAccountId, isSpel } from './accounts';
import type { KnownAccount } from './accountFindings';

export type AmiSource = 'stage' | 'bake log' | 'image search';

export interface RegionAmis {
  region: string;
  // Empty when no source names an AMI there (yet).
  imageIds: string[];
  source?: AmiSource;
  copy: boolean;
}

export interface RequestedAccount {
  id: string;
  // Every Spinnaker account with this AWS account ID; none for an account Spinnaker does not manage.
  names: string[];
}

export interface VisibilityCheck {
  accountId: string;
  // The Spinnaker account whose image cache is asked: Clouddriver looks images up by account name.
  accountName: string;
  region: string;
  imageId: string;
}

// Where the bake is: Rosco's status (context.status) says it, and Orca's stage status once Orca gave up on it.
export type BakePhase = 'running' | 'succeeded' | 'failed';

export interface BakeOutcome {
  phase: BakePhase;
  // Rosco's bake ID (context.status.resourceId), under which Gate serves the bake log.
  statusId?: string;
  bakeRegion?: string;
  templateFileName?: string;
  imageName?: string;
  requestedAccounts: RequestedAccount[];
  copyRegions: string[];
  regions: RegionAmis[];
  // Rosco found an earlier bake of the same package and settings and handed back its AMI unchanged.
  reused: boolean;
  checks: VisibilityCheck[];
  // Accounts Spinnaker does not manage (or expressions), whose view of the image it cannot check.
  uncheckable: string[];
}

// What a per-region bake stage's execution holds, as Orca writes it (orca-bakery CreateBakeTask,
// CompletedBakeTask): the share settings as they ran, the status and the baked AMI.
export interface BakeRunContext {
  region?: unknown;
  templateFileName?: unknown;
  extendedAttributes?: unknown;
  ami?: unknown;
  imageId?: unknown;
  imageName?: unknown;
  artifacts?: unknown;
  previouslyBaked?: unknown;
  status?: unknown;
}

export interface ImageSearchResult {
  imageName?: unknown;
  amis?: unknown;
}

export interface OutcomeSources {
  context: BakeRunContext;
  // Orca's status of the per-region stage (SUCCEEDED, TERMINAL, …).
  stageStatus?: unknown;
  // The parent bake stage's outputs.deploymentDetails: one entry per baked region (CompleteParallelBakeTask).
  deploymentDetails?: unknown;
  // From Gate's bake log, when it was read.
  logAmis?: CreatedAmi[];
  // From Gate's GET /images/find for the image name, when it was asked.
  searchResults?: ImageSearchResult[];
  knownAccounts: readonly KnownAccount[];
}

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

interface DeploymentDetail {
  region?: unknown;
  ami?: unknown;
  imageId?: unknown;
  imageName?: unknown;
  amiName?: unknown;
}

function deploymentDetailOf(details: unknown, region: string | undefined): DeploymentDetail {
  const entries = Array.isArray(details) ? (details as unknown[]) : [];
  const entry = entries.find((detail) => (detail as DeploymentDetail | null)?.region === region);
  return entry && typeof entry === 'object' ? (entry as DeploymentDetail) : {};
}

// Current Packer prints "Creating AMI <name> from instance", which Rosco's name scraper misses, so imageName is
// often absent; the produced artifact carries the same name.
function imageNameOf(context: BakeRunContext, deployed: DeploymentDetail): string | undefined {
  const artifact = Array.isArray(context.artifacts)
    ? (context.artifacts[0] as { name?: unknown } | null | undefined)
    : undefined;
  return text(context.imageName) ?? text(artifact?.name) ?? text(deployed.imageName) ?? text(deployed.amiName);
}

const FAILED_STAGE_STATUSES = ['TERMINAL', 'CANCELED', 'STOPPED', 'FAILED_CONTINUE'];

interface RoscoStatus {
  id?: unknown;
  resourceId?: unknown;
  result?: unknown;
}

const roscoStatusOf = (context: BakeRunContext): RoscoStatus =>
  context.status && typeof context.status === 'object' ? (context.status as RoscoStatus) : {};

function phaseOf(context: BakeRunContext, stageStatus: unknown, bakedAmi: string | undefined): BakePhase {
  const status = roscoStatusOf(context);
  if (status.result === 'FAILURE') return 'failed';
  if (bakedAmi || status.result === 'SUCCESS') return 'succeeded';
  return FAILED_STAGE_STATUSES.includes(String(stageStatus)) ? 'failed' : 'running';
}

function searchedAmis(results: readonly ImageSearchResult[] | undefined, imageName: string | undefined) {
  const byRegion = new Map<string, string[]>();
  for (const result of results ?? []) {
    if (imageName !== undefined && result.imageName !== imageName) continue;
    const amis = result.amis && typeof result.amis === 'object' ? (result.amis as Record<string, unknown>) : {};
    for (const [region, ids] of Object.entries(amis)) {
      const found = Array.isArray(ids) ? ids.filter((id): id is string => typeof id === 'string') : [];
      byRegion.set(region, [...new Set([...(byRegion.get(region) ?? []), ...found])]);
    }
  }
  return byRegion;
}

interface AmiSources {
  bakedAmi?: string;
  logAmis: readonly CreatedAmi[];
  searched: Map<string, string[]>;
}

function amisFor(region: string, copy: boolean, { bakedAmi, logAmis, searched }: AmiSources): RegionAmis {
  if (!copy && bakedAmi) return { region, imageIds: [bakedAmi], source: 'stage', copy };
  const logged = logAmis.filter((ami) => ami.region === region).map((ami) => ami.imageId);
  if (logged.length > 0) return { region, imageIds: logged, source: 'bake log', copy };
  const found = searched.get(region) ?? [];
  if (found.length > 0) return { region, imageIds: found, source: 'image search', copy };
  return { region, imageIds: [], copy };
}

// Clouddriver can answer only for accounts Spinnaker manages, asked by name; expressions name none.
const isCheckable = (account: RequestedAccount) => account.names.length > 0 && isAccountId(account.id);

function checksOf(account: RequestedAccount, regions: readonly RegionAmis[]): VisibilityCheck[] {
  return regions.flatMap(({ region, imageIds }) =>
    imageIds.map((imageId) => ({ accountId: account.id, accountName: account.names[0], region, imageId })),
  );
}

function requestedAccountsOf(ids: string[], known: readonly KnownAccount[]): RequestedAccount[] {
  return [...new Set(ids)].map((id) => ({
    id,
    names: known.filter((account) => account.accountId === id).map((account) => account.name),
  }));
}

// Where the run's AMI went and which account × region views of it Spinnaker can check.
export function bakeOutcome(sources: OutcomeSources): BakeOutcome {
  const { context } = sources;
  const fields = {
    templateFileName: text(context.templateFileName),
    extendedAttributes: context.extendedAttributes as never,
  };
  const share = readShare(fields);
  const bakeRegion = text(context.region);
  const deployed = deploymentDetailOf(sources.deploymentDetails, bakeRegion);
  const imageName = imageNameOf(context, deployed);
  const bakedAmi = text(context.imageId) ?? text(context.ami) ?? text(deployed.imageId) ?? text(deployed.ami);
  const amiSources = {
    bakedAmi,
    logAmis: sources.logAmis ?? [],
    searched: searchedAmis(sources.searchResults, imageName),
  };
  const copyRegions = [...new Set(share.copyRegions.filter((region) => !isSpel(region) && region !== bakeRegion))];
  const regions = [
    ...(bakeRegion ? [amisFor(bakeRegion, false, amiSources)] : []),
    ...copyRegions.map((region) => amisFor(region, true, amiSources)),
  ];
  const requestedAccounts = requestedAccountsOf(share.accounts, sources.knownAccounts);
  const checks = requestedAccounts.filter(isCheckable).flatMap((account) => checksOf(account, regions));
  return {
    phase: phaseOf(context, sources.stageStatus, bakedAmi),
    statusId: text(roscoStatusOf(context).resourceId) ?? text(roscoStatusOf(context).id),
    bakeRegion,
    templateFileName: share.templateFileName,
    imageName,
    requestedAccounts,
    copyRegions,
    regions,
    reused: context.previouslyBaked === true,
    checks,
    uncheckable: requestedAccounts.filter((account) => !isCheckable(account)).map((account) => account.id),
  };
}
