namespace Capacity.Server.Results;

/// <summary>
/// The 32 federal entities as the network names them (<c>Ooad.State</c>, INEGI names) and the path ids of
/// <c>wwwroot/maps/mexico.svg</c> (@svg-maps/mexico 2.0.0), in the SVG's order.
/// </summary>
internal static class MexicoStates
{
    public static IReadOnlyList<(string Id, string Name)> All { get; } =
    [
        ("agu", "Aguascalientes"), ("bcn", "Baja California"), ("bcs", "Baja California Sur"), ("cam", "Campeche"),
        ("chp", "Chiapas"), ("chh", "Chihuahua"), ("coa", "Coahuila"), ("col", "Colima"), ("dur", "Durango"),
        ("gua", "Guanajuato"), ("gro", "Guerrero"), ("hid", "Hidalgo"), ("jal", "Jalisco"), ("cmx", "Ciudad de México"),
        ("mex", "México"), ("mic", "Michoacán"), ("mor", "Morelos"), ("nay", "Nayarit"), ("nle", "Nuevo León"),
        ("oax", "Oaxaca"), ("pue", "Puebla"), ("que", "Querétaro"), ("roo", "Quintana Roo"), ("slp", "San Luis Potosí"),
        ("sin", "Sinaloa"), ("son", "Sonora"), ("tab", "Tabasco"), ("tam", "Tamaulipas"), ("tla", "Tlaxcala"),
        ("ver", "Veracruz"), ("yuc", "Yucatán"), ("zac", "Zacatecas"),
    ];
}
