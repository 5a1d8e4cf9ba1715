export { renderMessage, severityLabel, codeTitle, roleLabel } from './render';
export { stateLabel, timingLabel, viDate } from './progress';
