/**
 * The manifest model every Kubernetes rule reads. Objects are plain JSON values plus a way to find the exact
 * line of any field, so a finding can point at the `image:` line rather than the top of the document.
 * (Owned by the manifest-parsing stage; rules and cross-resource checks only read it.)
 */

/** A path into an object: keys and array indexes, e.g. ['spec','template','spec','containers',0,'image']. */
export type FieldPath = (string | number)[];

export interface ManifestObject {
  /** Report path of the file the object came from (for rendered Helm/Kustomize output: the template's path). */
  file: string;
  /** 0-based index of the YAML document in its file (items of a `kind: List` share their document's index). */
  document: number;
  apiVersion: string;
  kind: string;
  name: string | null;
  namespace: string | null;
  /** The object as plain data (anchors and aliases resolved). */
  value: Record<string, unknown>;
  /** 1-based first and last line of the object in its file (looked up on first read, like every line: see parse.ts). */
  line: number;
  endLine: number;
  /**
   * 1-based line of the field at `path`; for a missing field, the line of its nearest existing ancestor
   * (so "resources missing" points at the container's `- name:` line). For a field it is the key's line; for an
   * array item, the line of its first key (the `- name:` line of a container).
   */
  lineOf(path: FieldPath): number;
  /** Set for objects rendered from Helm or Kustomize: what produced them. */
  renderedFrom?: 'helm' | 'kustomize';
}

export interface ManifestFile {
  file: string;
  objects: ManifestObject[];
}

/** A container of a pod-bearing object, with where it lives. */
export interface ContainerRef {
  object: ManifestObject;
  /** Path of the container mapping, e.g. ['spec','template','spec','containers',0]. */
  path: FieldPath;
  value: Record<string, unknown>;
  /** The container's `name`, or `#<n>` (1-based position in its list) when it has none. */
  name: string;
  init: boolean;
  /** Ephemeral containers are neither app nor init; most rules skip them. */
  ephemeral: boolean;
}

/** The pod spec inside a Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob or ReplicationController. */
export interface PodSpecRef {
  object: ManifestObject;
  /** Path of the pod spec (['spec'] for a Pod; ['spec','jobTemplate','spec','template','spec'] for a CronJob). */
  path: FieldPath;
  /** Path of the pod template's metadata (['metadata'] for a Pod). */
  metadataPath: FieldPath;
  spec: Record<string, unknown>;
  containers: ContainerRef[];
}
