import type { Capacity } from '../capacity';
import type { InscriptionActor } from '../speakers/inscription-rules';

/** Floor commands that carry nothing but an optional version. */
export const SIMPLE_FLOOR_COMMANDS = ['next', 'start', 'pause', 'resume', 'stop', 'undo'] as const;
export type SimpleFloorCommand = (typeof SIMPLE_FLOOR_COMMANDS)[number];

export const FLOOR_COMMANDS = [...SIMPLE_FLOOR_COMMANDS, 'extend', 'adjust', 'set', 'skip', 'message', 'point-of-order', 'time-signal'] as const;
export type FloorCommandKind = (typeof FLOOR_COMMANDS)[number];

/**
 * Every change to a meeting's floor and list. `version` is the version of the half the command
 * writes (the list for list commands, the floor for floor commands): a stale one is refused.
 */
export type MeetingCommand = { version?: number } & (
  | {
      kind: 'inscribe';
      actor: InscriptionActor;
      /** The id the new entry takes, allocated by the store. */
      newEntryId: number;
      delegationId: number;
      capacity: Capacity;
      onBehalfOfId?: number;
      requestId?: string;
      /** Officers only: a 1-based position to insert at, pinned there. */
      position?: number;
    }
  | { kind: 'withdraw'; actor: InscriptionActor; entryId: number }
  | { kind: 'move'; entryId: number; position: number }
  | { kind: 'swap'; entryIdA: number; entryIdB: number }
  | { kind: 'close' | 'reopen' }
  | { kind: SimpleFloorCommand }
  | { kind: 'extend'; seconds: number }
  | { kind: 'adjust'; seconds: number }
  | { kind: 'set'; remainingSeconds: number }
  /** The server's own, at a timer moment (enforcement.ts): never stale, a no-op when nothing is due. */
  | { kind: 'time-signal' }
  /** A speaker passed over before speaking goes back into the list, first or at `position`. */
  | { kind: 'call-again'; entryId: number; position?: number }
  | { kind: 'skip'; after?: number }
  | { kind: 'message'; text: string | null }
  | { kind: 'point-of-order'; delegationId: number; newEntryId: number }
  /** The overlays' on-air switch: never stale, and keeps the floor's version (see decide.ts). */
  | { kind: 'overlay'; onAir: boolean }
);

export const isFloorCommand = (command: Pick<MeetingCommand, 'kind'>): boolean => (FLOOR_COMMANDS as readonly string[]).includes(command.kind);

/** How many new entries a command may create: the store allocates their ids before deciding. */
export const newEntriesNeeded = (kind: MeetingCommand['kind']): number => (kind === 'inscribe' || kind === 'point-of-order' ? 1 : 0);
