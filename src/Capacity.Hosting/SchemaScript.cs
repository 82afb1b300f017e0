namespace Capacity.Hosting;

/// <summary>One embedded script of <see cref="DatabaseSchema"/> and how to tell it is already installed.</summary>
/// <param name="Part">Name reported to the user.</param>
/// <param name="File">File name under Sql/.</param>
/// <param name="Table">Lower-case table the script creates; its presence means the part is installed.</param>
/// <param name="QueryKeys">OrleansQuery keys the part must have when its table is present.</param>
internal sealed record SchemaScript(string Part, string File, string Table, IReadOnlyList<string> QueryKeys);
