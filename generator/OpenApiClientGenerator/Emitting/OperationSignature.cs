using System.Collections.Generic;
using System.Linq;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>What the client, its interface and the request builders share about an operation: return type, parameters, docs.</summary>
internal static class OperationSignature
{
    /// <summary>The first result that has a body: its type is the operation's (or, with several kinds of body, the first of them).</summary>
    public static ResponseModel? SuccessResponse(OperationModel operation)
        => operation.Responses.FirstOrDefault(response => response.IsResult && response.BodyType is not null);

    /// <summary>The result that holds the operation's result record (its body or bodies and headers), when it returns one.</summary>
    public static ResponseModel? ResultResponse(OperationModel operation)
        => operation.Responses.FirstOrDefault(response => response.ResultTypeName is not null);

    /// <summary>Whether the result record has one property per result status (the results carry different bodies).</summary>
    public static bool IsChoice(OperationModel operation) => operation.Responses.Any(response => response.ResultProperty is not null);

    /// <summary>
    /// Whether the body read on success may be absent (null): a result without a body (204 next to 200), or a body the spec
    /// allows to be null or empty. A streamed body never is: results without one hand over an empty stream.
    /// </summary>
    public static bool BodyMayBeAbsent(OperationModel operation)
        => SuccessResponse(operation) is { BodyKind: not BodyKind.Binary }
           && operation.Responses.Any(response => response.IsResult && (response.BodyType is null || response.BodyMayBeEmpty));

    /// <summary>
    /// Task of: bool for an existence check; the result record; else the body type (nullable when it may be absent), or
    /// nothing when no result has a body.
    /// </summary>
    public static string ReturnType(OperationModel operation)
    {
        if (operation.IsExistenceCheck)
        {
            return "global::System.Threading.Tasks.Task<bool>";
        }

        if (ResultResponse(operation) is { } result)
        {
            return $"global::System.Threading.Tasks.Task<{result.ResultTypeName}>";
        }

        if (SuccessResponse(operation)?.BodyType is not { } body)
        {
            return "global::System.Threading.Tasks.Task";
        }

        return $"global::System.Threading.Tasks.Task<{CSharpTypes.Name(body, BodyMayBeAbsent(operation))}>";
    }

    /// <summary>The parameter list; <paramref name="skip"/> leaves out those a request builder already holds.</summary>
    public static string Parameters(OperationModel operation, ICollection<string>? skip = null)
    {
        var parts = new List<string>();
        foreach (var parameter in operation.Parameters)
        {
            if (skip is not null && skip.Contains(parameter.WireName) && parameter.Location == ParameterLocation.Path)
            {
                continue;
            }

            parts.Add($"{CSharpTypes.Parameter(parameter)} {parameter.Name}{(parameter.IsRequired ? string.Empty : " = default")}");
        }

        parts.Add("global::System.Threading.CancellationToken cancellationToken = default");
        return string.Join(", ", parts);
    }

    public static void WriteDocs(SourceWriter writer, ClientModel client, OperationModel operation)
    {
        DocComments.Summary(writer, operation.Summary ?? FirstSentence(operation.Description), $"Calls <c>{operation.HttpMethod} {DocComments.Escape(operation.Path)}</c>.");
        var where = $"<para><c>{operation.HttpMethod} {DocComments.Escape(operation.Path)}</c> (operation <c>{DocComments.Escape(operation.OperationId)}</c>).</para>";
        var remarks = operation.Summary is not null ? operation.Description : null;
        if (string.IsNullOrWhiteSpace(remarks))
        {
            DocComments.RemarksXml(writer, where);
        }
        else
        {
            writer.Line("/// <remarks>");
            foreach (var line in DocLines(remarks!))
            {
                writer.Line(line.Length == 0 ? "///" : "/// " + line);
            }

            writer.Line("/// " + where);
            writer.Line("/// </remarks>");
        }

        foreach (var parameter in operation.Parameters)
        {
            var description = parameter.ClientDefault is { } clientDefault && parameter.Description?.Contains(clientDefault) != true
                ? $"{parameter.Description ?? $"The {parameter.WireName} {parameter.Location.ToString().ToLowerInvariant()} parameter."} When not given, \"{clientDefault}\" is sent."
                : parameter.Description;
            DocComments.Param(writer, parameter.Name.TrimStart('@'), description, $"The <c>{DocComments.Escape(parameter.WireName)}</c> {parameter.Location.ToString().ToLowerInvariant()} parameter.");
        }

        DocComments.ParamXml(writer, "cancellationToken", "A token to cancel the request.");
        DocComments.Returns(writer, operation.IsExistenceCheck ? "True when the resource exists, false when the service answers 404." : (SuccessResponse(operation) ?? ResultResponse(operation))?.Description);
        DocComments.ExceptionXml(writer, client.ExceptionName, "The call failed: an error status, a body that could not be read, a timeout or a network failure.");
        if (operation.Parameters.Any(p => p.Location is ParameterLocation.Path or ParameterLocation.Header))
        {
            DocComments.ExceptionXml(writer, "global::System.ArgumentException", "A path parameter is empty, <c>.</c> or <c>..</c>, or a header parameter holds a control character.");
        }

        WriteObsolete(writer, operation);
    }

    public static void WriteObsolete(SourceWriter writer, OperationModel operation)
    {
        if (operation.IsDeprecated)
        {
            writer.Line("[global::System.Obsolete(\"This operation is deprecated in the OpenAPI document.\")]");
        }
    }

    private static IEnumerable<string> DocLines(string text)
        => text.Replace("\r\n", "\n").Trim().Split('\n').Select(line => DocComments.Escape(line.TrimEnd()));

    private static string? FirstSentence(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var firstLine = text!.Trim().Split('\n')[0].Trim();
        return firstLine;
    }
}
