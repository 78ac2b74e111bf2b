/** Longest note a call may carry: the notes box stops there, and restoring a backup refuses longer ones. */
export const MAX_NOTES_LENGTH = 4000;
