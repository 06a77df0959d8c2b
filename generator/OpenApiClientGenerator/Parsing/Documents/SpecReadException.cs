using System;

namespace OpenApiClientGenerator.Parsing.Documents;

/// <summary>A syntax error in a spec, with the character offset where it was found.</summary>
internal sealed class SpecReadException : Exception
{
    public SpecReadException(string message, int offset)
        : base(message)
    {
        Offset = offset;
    }

    public int Offset { get; }
}
