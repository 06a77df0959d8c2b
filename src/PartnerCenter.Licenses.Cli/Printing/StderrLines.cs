using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace PartnerCenter.Licenses.Cli.Printing;

/// <summary>
/// Notices and errors on stderr: one line each, cleaned of control characters and escape sequences, and with every
/// secret the tool knows (the bearer token, however it was obtained) replaced by <c>***</c> — a server that echoes the
/// token in an error body must not get it printed.
/// </summary>
internal sealed class StderrLines(TextWriter stderr)
{
    private readonly List<string> _secrets = [];

    /// <summary>The stderr writer itself, for a live progress display (it prints counts the tool makes, no text of the server's).</summary>
    public TextWriter Writer => stderr;

    /// <summary>Never print <paramref name="secret"/>.</summary>
    public void AddSecret(string? secret)
    {
        if (string.IsNullOrEmpty(secret))
        {
            return;
        }

        lock (_secrets)
        {
            if (!_secrets.Contains(secret))
            {
                _secrets.Add(secret);
            }
        }
    }

    /// <summary>Writes one line (line breaks in <paramref name="line"/> become spaces).</summary>
    public Task WriteLineAsync(string line) => stderr.WriteLineAsync(Redact(TerminalText.Clean(line)));

    /// <summary>Writes one line synchronously (for callbacks that cannot await).</summary>
    public void WriteLine(string line) => stderr.WriteLine(Redact(TerminalText.Clean(line)));

    private string Redact(string line)
    {
        lock (_secrets)
        {
            foreach (var secret in _secrets)
            {
                line = line.Replace(secret, DisplayUrl.Redacted, StringComparison.Ordinal);
            }
        }

        return line;
    }
}
