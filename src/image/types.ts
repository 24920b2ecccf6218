/**
 * The image part of the JSON contract (`Report.images[]`) and the facts the image stage passes between its steps.
 * Contract fields never change; later work only adds fields.
 */

/** One layer of a built image, oldest first, base image layers included. */
export interface LayerReport {
  index: number;
  /** Uncompressed size as the engine reports it (`docker history`); the stream's own figure when no engine answers. */
  sizeBytes: number;
  /** Pull size: the descriptor size of a compressed blob, else gzip -6 of the layer stream (see gzip-size.ts). */
  compressedBytes: number;
  /** `created_by` of the history entry that made the layer; '' when the image has no history for it. */
  createdBy: string;
  /** The Dockerfile instruction that made the layer; null for base image layers and unmatched history. */
  line: number | null;
  endLine: number | null;
  /** That instruction as written (continuations joined), e.g. `COPY --from=build /app /app`; null with line. */
  instruction: string | null;
  /** Entries other than directories and whiteouts. */
  fileCount: number;
  /** True for layers the base image (the final stage's FROM image) brought. */
  fromBase: boolean;
}

export interface WasteReport {
  path: string;
  /** Bytes of this path in the pull that do not reach the final filesystem. */
  wastedBytes: number;
  /** How many layers hold a copy (deletions count as a copy of size 0, as in dive). */
  copies: number;
  addedBy: LayerRef;
  /** The last layer that overwrote or deleted it. */
  removedBy: LayerRef & { how: 'deleted' | 'overwritten' };
}

export interface LayerRef {
  layer: number;
  line: number | null;
}

/** Per Dockerfile instruction: its layer now and at the base ref (matched by an edit-distance alignment). */
export interface InstructionDelta {
  /** Line at the head; null for an instruction the head removed. */
  line: number | null;
  endLine: number | null;
  instruction: string;
  sizeBytes: number;
  baseSizeBytes: number;
  deltaBytes: number;
}

export interface BaseComparison {
  ref: string;
  /** The tag the base build got; null when it was not built. */
  tag: string | null;
  /** null when the base could not be measured (see error). */
  sizeBytes: number | null;
  compressedBytes: number | null;
  deltaBytes: number | null;
  /** Relative growth in percent of the base size; null when the base size is unknown or zero. */
  deltaPercent: number | null;
  instructions: InstructionDelta[];
  /** Why there is no figure: the base failed to build, or the Dockerfile did not exist at that ref. */
  error: string | null;
  buildSeconds: number | null;
  /** Whether `tag` still names the base image after the run (`--keep-images`, or a removal that failed); false when not built. */
  kept: boolean;
}

export interface ImageReport {
  dockerfile: string;
  tag: string;
  imageId: string;
  /** Which builder made it: buildx, buildkit (DOCKER_BUILDKIT=1 docker build) or classic. */
  builder: string;
  target: string | null;
  platform: string | null;
  /**
   * The `build-args` of its `build` entry, present when it has any: two entries of one Dockerfile differ here. The
   * value of an arg whose name or value looks like a credential is `***` (src/image/build-label.ts).
   */
  buildArgs?: Record<string, string>;
  /** `docker image inspect` Size. */
  sizeBytes: number;
  compressedBytes: number;
  layers: LayerReport[];
  /** dive's efficiency: Σ smallest copy of each path ÷ Σ all copies, leaf entries only; 0…1. */
  efficiency: number;
  /** dive's wasted bytes: every copy of every path held more than once (it counts the kept copy too). */
  wastedBytes: number;
  /** What merging or cleaning the layers would save: all copies minus the copy in the final filesystem. */
  reclaimableBytes: number;
  /** dive's user waste: wastedBytes ÷ bytes of the layers after the first, in percent (0…100+). */
  userWastedPercent: number;
  topWaste: WasteReport[];
  base: BaseComparison | null;
  buildSeconds: number;
  /** Seconds spent reading `docker save` and computing the figures. */
  analysisSeconds: number;
  /**
   * Whether `tag` still names the image after the run: true with `--keep-images` (action: `keep-images: true`) or when
   * removing it failed (a notice says so); false when it was removed once measured, the default. Absent in reports of
   * versions before it.
   */
  kept: boolean;
}
