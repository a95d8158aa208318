import { useState } from 'preact/hooks';
import type { RoomView } from '../../../src/shared/api-types';
import { api } from '../../lib/api';
import { t } from '../../lib/strings';
import type { Notices } from './officer-shell';

interface Props {
  base: string;
  rooms: RoomView[];
  token: string;
  notices: Notices;
  onChanged: () => void;
}

type Call = (path: string, options: Parameters<typeof api>[1]) => Promise<unknown>;
type Run = (write: () => Promise<unknown>, done: string) => Promise<boolean>;

function RoomRow({ room, call, run }: { room: RoomView; call: Call; run: Run }) {
  const [name, setName] = useState(room.name);
  return (
    <li data-room-id={room.id}>
      <form
        class="actions"
        onSubmit={(event) => {
          event.preventDefault();
          void run(() => call(`rooms/${room.id}`, { method: 'PATCH', body: { name: name.trim() } }), t('rooms.renamed', { name: name.trim() }));
        }}
      >
        <input type="text" value={name} maxLength={200} aria-label={t('rooms.nameOf', { name: room.name })} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        <button type="submit" class="small secondary" disabled={name.trim() === '' || name === room.name}>
          {t('rooms.rename')}
        </button>
        <button type="button" class="small danger" onClick={() => void run(() => call(`rooms/${room.id}`, { method: 'DELETE' }), t('rooms.deleted', { name: room.name }))} aria-label={t('rooms.deleteName', { name: room.name })}>
          {t('meetings.delete')}
        </button>
      </form>
    </li>
  );
}

/** The conference's rooms: added, renamed, and removed while no meeting is booked in them. */
export function RoomsPanel({ base, rooms, token, notices, onChanged }: Props) {
  const [name, setName] = useState('');
  const run: Run = async (write: () => Promise<unknown>, done: string) => {
    try {
      await write();
      notices.info(done);
      onChanged();
      return true;
    } catch (error) {
      notices.error(error);
      return false;
    }
  };
  // Paths relative to the conference; every write carries the officer's token.
  const call: Call = (path, options) => api(`${base}/${path}`, { ...options, token });

  return (
    <section class="panel" aria-labelledby="rooms-heading" data-testid="rooms-panel">
      <h2 id="rooms-heading">{t('rooms.heading')}</h2>
      <ul class="room-list">
        {rooms.map((room) => (
          <RoomRow key={`${room.id}-${room.name}`} room={room} call={call} run={run} />
        ))}
      </ul>
      <form
        class="form-row"
        onSubmit={(event) => {
          event.preventDefault();
          void run(() => call('rooms', { method: 'POST', body: { name: name.trim() } }), t('rooms.added', { name: name.trim() })).then((ok) => ok && setName(''));
        }}
      >
        <div class="field">
          <label for="room-new">{t('rooms.new')}</label>
          <input id="room-new" type="text" maxLength={200} value={name} onInput={(e) => setName((e.target as HTMLInputElement).value)} />
        </div>
        <button type="submit" disabled={name.trim() === ''}>
          {t('rooms.add')}
        </button>
      </form>
    </section>
  );
}
