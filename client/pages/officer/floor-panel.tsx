import { Fragment, Ref } from 'preact';
import type { DelegationView, FloorStateView, SpeakersListView } from '../../../src/shared/api-types';
import { Countdown } from '../../components/countdown';
import { DelegationPicker } from '../../components/delegation-picker';
import { floorStatusKey } from '../../lib/floor-label';
import type { PresenceByDelegation } from '../../lib/presence';
import { SHORTCUTS, ShortcutAction } from '../../lib/shortcuts';
import { capacityLine, delegationName, formatList, speakerMessage, t } from '../../lib/strings';
import { PresenceBadges } from './presence-badges';
import { RemoteSpeakerWarning } from './remote-speaker-warning';
import { TimerCorrections } from './timer-corrections';

interface Props {
  floor: FloorStateView | null;
  speakers: SpeakersListView | null;
  presence: PresenceByDelegation;
  offsetMs: () => number;
  delegations: readonly DelegationView[];
  act: (action: ShortcutAction) => void;
  available: (action: ShortcutAction) => boolean;
  busy: boolean;
  pointOfOrderBy: DelegationView | null;
  pointOfOrderKey: number;
  onPointOfOrderBy: (delegation: DelegationView | null) => void;
  pointOfOrderRef: Ref<HTMLInputElement>;
  messageDraft: string;
  onMessageDraft: (text: string) => void;
  messageRef: Ref<HTMLInputElement>;
  sendMessage: () => void;
  setTimeRef: Ref<HTMLInputElement>;
  onSetTime: (remainingSeconds: number) => Promise<boolean>;
  onInvalid: (text: string) => void;
}

const keysOf = (action: ShortcutAction) => SHORTCUTS.find((shortcut) => shortcut.action === action)?.keys ?? '';

function FloorButton({ action, label, act, available, busy, big }: { action: ShortcutAction; label: string; act: Props['act']; available: Props['available']; busy: boolean; big?: boolean }) {
  return (
    // aria-disabled, not disabled: a button that stays focusable keeps the keyboard where it was.
    <button type="button" class={big ? 'primary-big' : ''} aria-disabled={busy || !available(action)} onClick={() => !busy && act(action)} aria-keyshortcuts={keysOf(action).replace('Esc', 'Escape')} data-action={action}>
      <span>{label}</span>
      <kbd>{keysOf(action)}</kbd>
    </button>
  );
}

export function FloorPanel(props: Props) {
  const { floor, speakers, act, available, busy } = props;
  const speaker = floor && floor.status !== 'idle' ? floor.speaker : null;
  const interrupted = (floor?.interruptedEntryIds ?? [])
    .map((id) => speakers?.entries.find((entry) => entry.id === id)?.delegation)
    .filter((delegation) => delegation !== undefined)
    .map(delegationName);
  const toggleLabel = floor?.status === 'running' ? t('officer.pause') : floor && floor.elapsedMs > 0 ? t('officer.resume') : t('officer.start');
  const button = (action: ShortcutAction, label: string, big = false) => (
    <FloorButton action={action} label={label} act={act} available={available} busy={busy} big={big} />
  );

  return (
    <section class="panel floor" aria-labelledby="floor-heading" data-testid="floor-panel">
      <h2 id="floor-heading">{t('officer.floor')}</h2>
      <RemoteSpeakerWarning floor={floor} presence={props.presence} busy={busy} act={act} />
      {speaker ? (
        <div>
          <p class="floor-speaker" data-testid="floor-speaker">{delegationName(speaker.delegation)}</p>
          <PresenceBadges presence={props.presence.get(speaker.delegation.id)} />
          <p class="floor-capacity">{capacityLine(speaker.capacity, speaker.onBehalfOf)}</p>
        </div>
      ) : (
        <p class="floor-speaker" data-testid="floor-speaker">{t('officer.nobody')}</p>
      )}
      <div>
        <Countdown floor={floor} offsetMs={props.offsetMs} class="floor-countdown" />
        <span class="floor-status" data-testid="floor-status" data-status={floor?.status ?? ''}>
          {floor ? t(floorStatusKey(floor)) : t('common.loading')}
        </span>
      </div>
      {interrupted.length > 0 && <p>{t('officer.interrupted', { names: formatList(interrupted) })}</p>}
      {floor?.message && (
        <p class="message-shown" data-testid="message-shown">
          {t('officer.messageShown', { text: speakerMessage(floor.message) })}
        </p>
      )}
      <div class="floor-buttons">
        {button('next', t('officer.next'), true)}
        {button('toggle', toggleLabel, true)}
        {button('resume', t('officer.resume'))}
        {button('extend30', t('officer.extend30'))}
        {button('extend60', t('officer.extend60'))}
        {button('stop', t('officer.stop'))}
        {button('skip', t('officer.skip'))}
        {button('conclude', t('officer.pleaseConclude'))}
        {button('takeAway30', t('officer.takeAway30'))}
        {button('undo', t('officer.undo'))}
      </div>
      <TimerCorrections floor={floor} busy={busy} available={available} setTimeRef={props.setTimeRef} onSetTime={props.onSetTime} onInvalid={props.onInvalid} />
      <form
        class="floor-message"
        onSubmit={(event) => {
          event.preventDefault();
          props.sendMessage();
        }}
      >
        <div class="field">
          <label for="speaker-message">{t('officer.message')}</label>
          <input
            id="speaker-message"
            ref={props.messageRef}
            type="text"
            maxLength={80}
            value={props.messageDraft}
            onInput={(event) => props.onMessageDraft((event.target as HTMLInputElement).value)}
            onKeyDown={(event) => {
              if (event.key === 'Escape') (event.target as HTMLInputElement).blur();
            }}
            aria-keyshortcuts="M"
          />
        </div>
        <button type="submit" disabled={busy || !available('message') || props.messageDraft.trim() === ''}>
          {t('officer.messageSend')}
        </button>
        <button type="button" class="secondary" disabled={busy || !available('clearMessage')} onClick={() => act('clearMessage')} aria-keyshortcuts="Escape">
          {t('officer.messageClear')} <kbd>Esc</kbd>
        </button>
      </form>
      <div class="point-of-order">
        <DelegationPicker
          key={props.pointOfOrderKey}
          id="point-of-order-by"
          label={t('officer.pointOfOrderFor')}
          delegations={props.delegations}
          value={props.pointOfOrderBy}
          onChange={props.onPointOfOrderBy}
          inputRef={props.pointOfOrderRef}
        />
        <button type="button" class="danger" aria-disabled={busy} onClick={() => !busy && act('pointOfOrder')} aria-keyshortcuts="P" data-action="pointOfOrder">
          {t('officer.pointOfOrder')} <kbd>P</kbd>
        </button>
      </div>
    </section>
  );
}

export function ShortcutHelp() {
  return (
    <section class="panel shortcuts" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">{t('officer.shortcuts')}</h2>
      <dl>
        {SHORTCUTS.map((shortcut) => (
          <Fragment key={shortcut.action}>
            <dt>
              <kbd>{shortcut.keys}</kbd>
            </dt>
            <dd>{t(shortcut.label)}</dd>
          </Fragment>
        ))}
      </dl>
      <p class="hint">{t('officer.shortcutsHint')}</p>
    </section>
  );
}
