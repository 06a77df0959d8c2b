namespace Conformance.Tests.Infrastructure;

/// <summary>
/// Why scenarios fail today: the generator defects the conformance scenarios found (the to-do list in RESULTS.md), and
/// the limits of .NET types (L…) that no generator can lift. Each says what the spec declares, what the generated code
/// does and what the test server expects.
/// </summary>
public static class Defects
{
    public static readonly Defect D01 = new("D01", "Responses",
        "An empty success body is an error instead of null",
        "The server answers 200 with no body (e.g. GET /int/null, /array/null, /string/notProvided, /complex/basic/notprovided; a retried OPTIONS 200 declared as boolean). " +
        "The generated client always parses the body (ReadAsync → ResponseBody.Deserialize) and throws '…returned 200 but its body could not be read: The input does not contain any JSON tokens'. " +
        "Expected: null (the return types are not nullable today: Task<long>, Task<bool>, Task<IReadOnlyList<long>>…).");

    public static readonly Defect D02 = new("D02", "Models",
        "A null item in an array, or null value in a dictionary, of strings, objects, arrays or dictionaries throws",
        "[\"foo\", null, \"foo2\"], [{…}, null, {…}], {\"key1\": null}, also in properties (body-complex array-wrapper, dictionary-wrapper): the item schemas are not x-nullable, but strings, objects and collections are reference types that AutoRest reads as null. " +
        "The generated readers throw 'Expected a string for '$[]' but found null'. Expected: the null item kept.");

    public static readonly Defect D03 = new("D03", "Formats",
        "format: base64url is generated as string",
        "{\"type\": \"string\", \"format\": \"base64url\"} (body-string /string/base64UrlEncoding, array and dictionary items, url path parameter base64UrlPath): the client returns and takes the encoded text. " +
        "Expected: byte[] decoded from / encoded to unpadded base64url ('YSBzdHJpbmcgdGhhdCBnZXRzIGVuY29kZWQgd2l0aCBiYXNlNjR1cmw').");

    public static readonly Defect D04 = new("D04", "Formats",
        "format: date-time-rfc1123 is generated as string",
        "{\"type\": \"string\", \"format\": \"date-time-rfc1123\"}: bodies, array items, dictionary values, model properties (body-complex datetimerfc1123-wrapper), header parameters and response headers are strings, so invalid values are not detected and callers format dates by hand. " +
        "Expected: DateTimeOffset read from and written as 'Fri, 31 Dec 9999 23:59:59 GMT' (R format), case-insensitively on read; invalid, overflow and underflow values the client's exception.");

    public static readonly Defect D05 = new("D05", "Formats",
        "format: unixtime is generated as long",
        "{\"type\": \"integer\", \"format\": \"unixtime\"} (GET/PUT /int/unixtime, url path parameter unixTimeUrlPath): the client returns and takes 1460505600. Expected: DateTimeOffset 2016-04-13T00:00:00Z.");

    public static readonly Defect D06 = new("D06", "Formats",
        "An enum with a format (date, date-time, byte) is typed as string: its format is lost",
        "{\"type\": \"string\", \"format\": \"date-time\", \"enum\": [\"0001-01-01T00:00:00Z\"]} (body-datetime min values, body-date min; url DateValid, DateTimeValid and ByteEmpty path and query parameters, " +
        "e.g. {\"format\": \"byte\", \"enum\": [\"\"]}): the one-value enum becomes a constant of type string, so results are the text and parameters take text. " +
        "Expected: the format's type (DateTimeOffset, DateOnly, byte[]) — a one-value enum is a constant of that type; a value the type cannot hold (0001-01-01T00:00:00+14:00) is the client's exception.");

    public static readonly Defect D07 = new("D07", "Formats",
        "Date-times are written with their offset ('+00:00') instead of in UTC with 'Z'",
        "PUT /datetime/max/utc7ms expects '9999-12-31T23:59:59.9999999Z' (it checks the suffix); PUT /array/prim/date-time/valid and /dictionary/prim/date-time/valid compare UTC instants " +
        "written with 'Z' ('2000-12-01T00:00:01Z', '1980-01-01T23:11:35Z'); PUT /complex/primitive/datetime compares '0001-01-01T00:00:00Z' and '2015-05-18T18:38:00Z' (it turns '.000+00:00' into 'Z', not a bare '+00:00'). " +
        "The client writes '…+00:00' (without fractional seconds when they are zero) and keeps non-UTC offsets ('1980-01-02T00:11:35+01:00'); the server answers 400.");

    public static readonly Defect D08 = new("D08", "Responses",
        "An undeclared 2xx status is read as the first success schema instead of failing",
        "multipleResponses_get200Model204NoModelDefaultError201Invalid declares 200 (A), 204 and default (Error); the server answers 201 {\"statusCode\": \"201\"} (also 202; and 202 where only 200 is declared). " +
        "The generated switch has 'case >= 200 and <= 299' and returns an A. Expected: the status falls to 'default' (or is undeclared) → the client's exception with Status 201/202.");

    public static readonly Defect D09 = new("D09", "Responses",
        "Operations whose success statuses carry different schemas always read the first",
        "get200Model201ModelDefaultError201Valid declares 200 → A and 201 → B; the server answers 201 {\"statusCode\": \"201\", \"textStatusCode\": \"Created\"}. " +
        "The client returns Task<A> and reads every 2xx as A, losing textStatusCode (and C's httpCode). Expected: a result that tells which response came back, with B (or C) read by its own schema.");

    public static readonly Defect D10 = new("D10", "Responses",
        "A declared 4xx is an error even when it has its own schema (deliberately)",
        "get200ModelA201ModelC404ModelDDefaultError404Valid declares 200 → A, 201 → C, 404 → D and default → Error; AutoRest's Swagger 2.0 convention returns every declared status and throws only for default (or x-ms-error-response: true). " +
        "Generated clients treat 4xx and 5xx as errors unless the spec says otherwise (x-ms-error-response: false), as most specs mean their declared 400/404 (README, 'Responses and requests on the wire'): " +
        "the 404 is the client's exception, with D read by its own schema as Error. A deliberate difference, not to be fixed. (The HEAD existence check, 204/404 → true/false, is generated.)");

    public static readonly Defect D11 = new("D11", "Models",
        "Swagger 2.0 discriminators (\"discriminator\": \"propertyName\") are ignored (OAG004), so polymorphic values read as their base type",
        "xms-error-responses: NotFoundErrorBase (discriminator whatNotFound: AnimalNotFound, InvalidResourceLink → LinkNotFound) and PetActionError (discriminator errorType: PetSadError, PetHungryOrThirstyError). " +
        "The generator reports 'discriminator should be an object but is a string; it is ignored' and reads the base type, losing name, whatSubAddress, reason, hungryOrThirsty. " +
        "Expected: the derived type named by the discriminator value (x-ms-discriminator-value or the schema name). " +
        "Same in body-complex: Fish (fishtype: salmon, smart_salmon, shark, sawshark, goblin via x-ms-discriminator-value) and DotFish ('fish.type': DotSalmon) read as the declared type, losing location, age, birthday, picture, jawsize and the smart salmon's additional properties; " +
        "an object without its discriminator (composedWithoutDiscriminator) fails the read because the discriminator is treated as an ordinary required property, where it should mean the declared type. " +
        "Returning the derived type also needs D20 (derived types that extend their base).");

    public static readonly Defect D12 = new("D12", "Responses",
        "An error response whose schema is a non-string primitive is not read",
        "GET /errorStatusCodes/Pets/alien123/GetPet declares 501 → {\"type\": \"integer\"}; the server answers 501 with 123. " +
        "The generated code calls CreateExceptionAsync<object>(…, null, …), so Error is null. Expected: Error = 123.");

    public static readonly Defect D13 = new("D13", "Requests",
        "x-ms-client-default is ignored",
        "POST /errorStatusCodes/Pets/hasModelsParam: the optional query parameter 'models' has \"x-ms-client-default\": \"value1\" (AutoRest: sent when the caller gives none). " +
        "The client sends no 'models'; the server answers 400 instead of the scenario's 500 PetSadError. Expected: models=value1 sent by default.");

    public static readonly Defect D14 = new("D14", "Requests",
        "JSON request bodies are sent as 'application/json; charset=utf-8' instead of the declared media type",
        "POST /binary/file consumes application/json; the server checks that Content-Type is exactly 'application/json' and answers 400. " +
        "Expected: the declared media type, parameters as declared, nothing added.");

    public static readonly Defect D15 = new("D15", "Models",
        "A required constant property (a one-value enum) missing from a response fails the read",
        "RefColorConstant requires ColorConstant (enum ['green-color'], modelAsString false); GET /string/enum/ReferencedConstant answers {\"field1\": \"Sample String\"}. " +
        "The reader throws 'The required property 'ColorConstant' of RefColorConstant is missing or null.' Expected: a constant is known without being sent (AutoRest fills it in).");

    public static readonly Defect D16 = new("D16", "Responses",
        "A declared 301/302 of a PUT/PATCH is followed by HttpClient instead of returned",
        "httpRedirects_put301 and _patch302 declare only 301/302 (+ default); the server redirects to /http/failure/500. HttpClient (AllowAutoRedirect, the default of IHttpClientFactory clients) " +
        "re-sends the request there and the client throws for the 404. Expected: the declared 3xx returned (with its Location). Needs the client to see 3xx responses (e.g. a handler without automatic redirects) — a design decision for the lead.");

    public static readonly Defect D17 = new("D17", "Requests",
        "A Content-Type header parameter is dropped",
        "header_paramProtectedKey declares a required header parameter 'Content-Type' and no body. The generated code calls request.Headers.TryAddWithoutValidation(\"Content-Type\", …), which refuses content headers and returns false, " +
        "so nothing is sent and the server answers 400. Expected: content headers (Content-Type, Content-Language…) set on the request's content, an empty one when there is no body.");

    public static readonly Defect D18 = new("D18", "Formats",
        "Response headers with format: byte or an enum are read as string",
        "header_responseByte declares the response header 'value' as {\"type\": \"string\", \"format\": \"byte\"} and header_responseEnum as the enum GreyscaleColors (White, black, GREY). " +
        "The generated results have string? properties holding '5ZWK6b2E5LiC54ub54uc76ex76Ss76ex76iM76ip' and 'GREY'. Expected: byte[] decoded from base64, and the enum's type (the parameter's is HeaderParamEnumValue).");

    public static readonly Defect D19 = new("D19", "Formats",
        "An array path parameter is sent as a JSON array instead of comma-separated values",
        "paths_ArrayCsvInPath declares arrayPath as an array of strings with collectionFormat csv (OpenAPI 3: style simple). The generated code writes the list as JSON (UriFormatting.ToJson) and escapes that, " +
        "so the server receives a JSON array ('[\"ArrayPath1\",…]') instead of 'ArrayPath1,begin!*'();:@ &=+$,/?#[]end,,' and answers 400. Expected: the items formatted, joined with ',' and escaped, as query arrays already are.");

    public static readonly Defect D20 = new("D20", "Models",
        "allOf does not make a derived type: a derived value cannot be sent where its base is declared",
        "body-complex: salmon, smart_salmon, shark, sawshark and goblinshark are allOf Fish (DotSalmon allOf DotFish, siamese allOf cat allOf pet). Each becomes a sealed record that copies its base's properties and does not derive from it, " +
        "so Fish.Siblings (IReadOnlyList<Fish>) cannot hold a Shark, PolymorphismPutValidAsync(Fish) cannot take a Salmon and PolymorphismPutComplicatedAsync(Salmon) cannot take a SmartSalmon: the bodies the server expects cannot be built. " +
        "Expected: derived types that extend their base, written with their own properties and their discriminator value.");

    public static readonly Defect D21 = new("D21", "Requests",
        "readOnly properties are written in request bodies",
        "readonly-obj.id is \"readOnly\": true. The generated writer writes every property that has a value, so the object read from GET /complex/readonlyproperty/valid ({\"id\": \"1234\", \"size\": 2}) is PUT back with its id; " +
        "the server answers 400 'id is readonly'. Expected: readOnly properties are read but never written in requests.");

    public static readonly Defect D22 = new("D22", "Requests",
        "An empty path value is refused (deliberately)",
        "paths_stringEmpty declares stringPath as a required string whose only value is ''. The generated client refuses an empty, '.' or '..' path value with an ArgumentException naming the parameter, before sending: " +
        "such a segment makes the request address another resource (/items/.. is /, /items/ is often the collection; README, 'Parameters cannot rewrite the request'). The server expects GET /paths/string/empty/. " +
        "A deliberate difference, not to be fixed.");

    public static readonly Defect L01 = new("L01", ".NET limits",
        "decimal cannot hold 2.5976931e+101 or 2.5976931e-101",
        "body-number's optional decimal scenarios use values outside decimal's range (±7.9e28, 28 digits): the big one overflows, the small one rounds to 0. Not a generator defect.");

    public static readonly Defect L02 = new("L02", ".NET limits",
        "DateTimeOffset cannot hold 9999-12-31T23:59:59.999-14:00 or 0001-01-01T00:00:00+14:00",
        "Their UTC instant is outside years 1–9999, so a PUT of them cannot be built (reading them is expected to be the client's exception). Not a generator defect.");
}
