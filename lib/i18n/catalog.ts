import { callsMessages } from './messages/calls';
import { commonMessages } from './messages/common';
import { pageReaderMessages } from './messages/pageReader';
import { scriptsMessages } from './messages/scripts';
import { targetsMessages } from './messages/targets';
import { teamMessages } from './messages/team';

export type MessageKey =
  | keyof typeof commonMessages.en
  | keyof typeof callsMessages.en
  | keyof typeof pageReaderMessages.en
  | keyof typeof scriptsMessages.en
  | keyof typeof targetsMessages.en
  | keyof typeof teamMessages.en;

const domains = [commonMessages, callsMessages, pageReaderMessages, scriptsMessages, targetsMessages, teamMessages];

export const catalog = {
  en: Object.assign({}, ...domains.map((domain) => domain.en)) as Record<MessageKey, string>,
  'zh-CN': Object.assign({}, ...domains.map((domain) => domain['zh-CN'])) as Record<MessageKey, string>,
};
