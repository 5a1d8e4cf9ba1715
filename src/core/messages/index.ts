export { renderMessage, renderRefusal, severityLabel, codeTitle, roleLabel } from './render';
export { reportNotes, stateLabel, timingLabel, viDate } from './progress';
