// lib/calendar: the one module for days, clocks, periods and working days.
export * from './clock';
export * from './day-key';
export * from './periods';
export * from './working-days';
