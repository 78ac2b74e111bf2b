import type { FollowUpPreset } from '../calls/follow-up-presets';
import type { Translate } from '../i18n';
import { formatClockTime } from './time-format';

/** "In 1 hour · 11:05", "Tomorrow 10:00": the preset's name with its time in the panel's one time format. */
export function followUpPresetLabel(preset: FollowUpPreset, t: Translate, language: string): string {
  return t(`call.followUp.${preset.id}`, { time: formatClockTime(preset.at, language) });
}
