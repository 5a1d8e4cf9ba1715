export { renderMessage, renderRefusal, severityLabel, codeTitle, roleLabel } from './render';
