namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// The runtime helpers (Emitting/Runtime) as generated code names them: fully qualified, so no type of the user's spec
/// can be mistaken for one, and none needs renaming to stay out of their way.
/// </summary>
internal static class RuntimeTypes
{
    private const string Namespace = "global::OpenApiClientGenerator.Runtime.";

    public const string JsonReading = Namespace + "JsonReading";
    public const string JsonWriting = Namespace + "JsonWriting";
    public const string JsonStringCache = Namespace + "JsonStringCache";
    public const string JsonShape = Namespace + "JsonShape";
    public const string StringEnumConverter = Namespace + "StringEnumJsonConverter";
    public const string Int64EnumConverter = Namespace + "Int64EnumJsonConverter";
    public const string StringEnum = Namespace + "IJsonStringEnum";
    public const string Int64Enum = Namespace + "IJsonInt64Enum";
    public const string DoubleEnumConverter = Namespace + "DoubleEnumJsonConverter";
    public const string DoubleEnum = Namespace + "IJsonDoubleEnum";
    public const string UriFormatting = Namespace + "UriFormatting";
    public const string QueryBuilder = Namespace + "QueryBuilder";
    public const string FormBuilder = Namespace + "FormBuilder";
    public const string HeaderReading = Namespace + "HeaderReading";
    public const string HeaderSnapshot = Namespace + "HeaderSnapshot";
    public const string JsonRequestContent = Namespace + "JsonRequestContent";
    public const string RequestContent = Namespace + "RequestContent";
    public const string ApiPipeline = Namespace + "ApiPipeline";
    public const string ApiException = Namespace + "IApiException";
    public const string ApiFailure = Namespace + "ApiFailure";
    public const string ClientOptions = Namespace + "IApiClientOptions";
    public const string ApiCredential = Namespace + "ApiCredential";
    public const string ApiKeyLocation = Namespace + "ApiKeyLocation";
    public const string ApiCall = Namespace + "ApiCall";
    public const string ApiLink = Namespace + "ApiLink";
    public const string ApiPages = Namespace + "ApiPages";
    public const string ApiPage = Namespace + "ApiPage";
    public const string ApiTelemetry = Namespace + "ApiTelemetry";
}
