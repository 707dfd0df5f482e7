import static dev.shale.schema.Pg.*;

import dev.shale.schema.*;

public final class Schema {}
