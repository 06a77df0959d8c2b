using System.Collections.Generic;
using System.Linq;
using OpenApiClientGenerator.Model;

namespace OpenApiClientGenerator.Emitting;

/// <summary>
/// Emits one node of the fluent path API. A builder holds the client and the path parameters collected so far;
/// its members lead to the next segments, and its operations call the client's methods (so mocking the interface
/// mocks the fluent API too) and share their documentation.
/// </summary>
internal static class RequestBuilderEmitter
{
    public static void Write(SourceWriter writer, ClientModel client, RequestBuilderModel builder, IReadOnlyDictionary<string, OperationModel> operationsByMethod)
    {
        DocComments.SummaryXml(writer, $"The <c>{DocComments.Escape(builder.PathTemplate)}</c> path: its operations and the paths below it.");
        writer.Line(GeneratedCode.Attribute);
        using (writer.Block($"public sealed partial class {builder.Name}"))
        {
            writer.Line($"private readonly {client.InterfaceName} _client;");
            foreach (var parameter in builder.PathParameters)
            {
                writer.Line($"private readonly {CSharpTypes.Name(parameter.Type)} {Field(parameter)};");
            }

            writer.Line();
            var constructorParameters = string.Join(", ", new[] { $"{client.InterfaceName} client" }.Concat(builder.PathParameters.Select(p => $"{CSharpTypes.Name(p.Type)} {p.Name}")));
            var assignments = builder.PathParameters.Count == 0
                ? "_client = client"
                : $"({string.Join(", ", new[] { "_client" }.Concat(builder.PathParameters.Select(Field)))}) = ({string.Join(", ", new[] { "client" }.Concat(builder.PathParameters.Select(p => p.Name)))})";
            writer.Line($"internal {builder.Name}({constructorParameters}) => {assignments};");

            foreach (var child in builder.Children)
            {
                writer.Line();
                EmitAccessor(writer, builder, child);
            }

            foreach (var builderOperation in builder.Operations)
            {
                var operation = operationsByMethod[builderOperation.OperationMethodName];
                var held = builder.PathParameters.Select(p => p.WireName).ToList();
                writer.Line();
                writer.Line($"/// <inheritdoc cref=\"{client.InterfaceName}.{operation.AsyncMethodName}\"/>");
                OperationSignature.WriteObsolete(writer, operation);
                writer.Line($"public {OperationSignature.ReturnType(operation)} {builderOperation.MethodName}({OperationSignature.Parameters(operation, held)})");
                var arguments = operation.Parameters
                    .Select(p => p.Location == ParameterLocation.Path && held.Contains(p.WireName) ? Field(builder.PathParameters.First(h => h.WireName == p.WireName)) : p.Name)
                    .Concat(new[] { "cancellationToken" });
                writer.Line($"    => _client.{operation.AsyncMethodName}({string.Join(", ", arguments)});");
                OperationVariants.WriteBuilderMembers(writer, client, operation, builderOperation, held, arguments);
            }
        }
    }

    private static void EmitAccessor(SourceWriter writer, RequestBuilderModel builder, RequestBuilderAccessor child)
    {
        var held = builder.PathParameters.Select(Field).ToList();
        if (child.Parameter is { } parameter)
        {
            DocComments.SummaryXml(writer, $"The <c>{DocComments.Escape(builder.PathTemplate)}/{DocComments.Escape(child.Segment)}</c> path for one <c>{DocComments.Escape(parameter.WireName)}</c>.");
            DocComments.Param(writer, parameter.Name.TrimStart('@'), parameter.Description, $"The <c>{DocComments.Escape(parameter.WireName)}</c> path parameter.");
            var arguments = string.Join(", ", new[] { "_client" }.Concat(held).Concat(new[] { parameter.Name }));
            writer.Line($"public {child.TargetBuilder} {child.MemberName}({CSharpTypes.Name(parameter.Type)} {parameter.Name}) => new({arguments});");
            return;
        }

        DocComments.SummaryXml(writer, $"The <c>{DocComments.Escape(builder.PathTemplate)}/{DocComments.Escape(child.Segment)}</c> path.");
        writer.Line($"public {child.TargetBuilder} {child.MemberName} => new({string.Join(", ", new[] { "_client" }.Concat(held))});");
    }

    private static string Field(ParameterModel parameter) => "_" + Naming.Identifiers.Bare(parameter.Name);
}
