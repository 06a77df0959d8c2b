using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("PartnerCenter.Licenses.Cli.Tests")]
