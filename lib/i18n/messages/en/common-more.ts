// Strings for the common domain that the side panel's first paint does not need
// (dashboard, options, lazy sections). The zh-CN file is typed against these keys.
export const commonMoreEn = {
  'theme.system': 'Follow system',
  'theme.light': 'Light',
  'theme.dark': 'Dark',
  'options.title': 'Callside settings',
  'options.profile': 'Profile',
  'options.repName': 'Rep name',
  'options.team': 'Team',
  'options.language': 'Language',
  'options.theme': 'Theme',
  'options.industry': 'Industry',
  'options.region': 'Default phone region',
  'options.effectiveSeconds': 'Effective conversation after (seconds)',
  'options.effectiveSecondsInvalid':
    'Enter a whole number of seconds from 0 to 3600 for “Effective conversation after”. Nothing was saved.',
  'options.save': 'Save settings',
  'options.saved': 'Settings saved.',
  'options.invalid': 'Some values are not valid: {problem}',
  'options.storedInvalid': 'Stored settings could not be read and were left untouched: {problem}',
  'dashboard.title': 'Callside dashboard',
  'dashboard.nav': 'Dashboard sections',
  'dashboard.history': 'My history',
  'dashboard.log': 'Call log',
  'dashboard.team': 'Team view',
  'dashboard.backup': 'Backup',
} as const;
