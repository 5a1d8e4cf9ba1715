export { renderMessage, severityLabel, codeTitle, roleLabel } from './render';
