export { renderMessage, renderRefusal, severityLabel, codeTitle, roleLabel } from './render';
export { stateLabel, timingLabel, viDate } from './progress';
