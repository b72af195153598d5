/**
 * The entry point the renderers, the command line and the taskpane import: the template itself
 * is assembled in index.ts from layout.ts and one module per sheet in sheets/.
 */
import { SocinvError } from "../engine/errors";

export * from "./index";

/**
 * @deprecated The template throws SocinvError with code "template"; kept so that
 * `e instanceof TemplateError` in callers still works until they test the code instead.
 */
export const TemplateError = SocinvError;
