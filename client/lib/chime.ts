/** A short two-tone beep from WebAudio: no sound file to load. */
export interface Chime {
  play(): void;
  /** False until the browser lets the page make sound (it may want a click first). */
  ready(): boolean;
  unlock(): Promise<void>;
}

export function createChime(): Chime | null {
  const AudioCtor = window.AudioContext ?? (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!AudioCtor) return null;
  const context = new AudioCtor();
  const tone = (frequency: number, startAt: number, durationS: number) => {
    const oscillator = context.createOscillator();
    const gain = context.createGain();
    oscillator.frequency.value = frequency;
    gain.gain.setValueAtTime(0.0001, startAt);
    gain.gain.exponentialRampToValueAtTime(0.4, startAt + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, startAt + durationS);
    oscillator.connect(gain).connect(context.destination);
    oscillator.start(startAt);
    oscillator.stop(startAt + durationS + 0.05);
  };
  return {
    play: () => {
      if (context.state !== 'running') return;
      const now = context.currentTime;
      tone(880, now, 0.35);
      tone(660, now + 0.4, 0.5);
    },
    ready: () => context.state === 'running',
    unlock: () => context.resume(),
  };
}
