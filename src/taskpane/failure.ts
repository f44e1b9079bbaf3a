/**
 * A failure of the platform in words: what happened and what to do. Excel's
 * errors carry a `code` (OfficeExtension.Error); the known ones get a
 * specific message, anything else the error's own text.
 */
import type { Dictionary, FailureText } from "./i18n/dictionary";

function errorCode(error: unknown): string | undefined {
  if (typeof error === "object" && error !== null && "code" in error) {
    const code = (error as { code: unknown }).code;
    return typeof code === "string" ? code : undefined;
  }
  return undefined;
}

function errorDetail(error: unknown): string {
  if (error instanceof Error && error.message) return error.message;
  if (typeof error === "string" && error) return error;
  return String(errorCode(error) ?? error);
}

export function describeFailure(error: unknown, t: Dictionary): FailureText {
  switch (errorCode(error)) {
    case "InvalidOperationInCellEditMode":
      return t.failure.cellEditMode;
    case "AccessDenied":
      return t.failure.accessDenied;
    case "ItemAlreadyExists":
    case "UserSheetInTheWay":
      return t.failure.sheetExists;
    case "WorkbookStructureProtected":
      return t.failure.structureProtected;
    case "RequestPayloadSizeLimitExceeded":
    case "ResponsePayloadSizeLimitExceeded":
    case "OperationCellsExceedLimit":
    case "RangeExceedsLimit":
      return t.failure.tooLarge;
    case "ApiNotFound":
    case "NotImplemented":
    case "UnsupportedFeature":
      return t.failure.notSupported;
    case "ItemNotFound":
    case "InvalidReference":
      return t.failure.notFound;
    default:
      return t.failure.unexpected(errorDetail(error));
  }
}
