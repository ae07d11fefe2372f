        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

C        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

C        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

C        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

C        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

O        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

,        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

k        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

g        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

,        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

g        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

V        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

I        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

S        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

,        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

H        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

,        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

C        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

C        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

{        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

A        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

A        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

E        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

2        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

5        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

5        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

1        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

9        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

k        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

,        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

3        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

2        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

K        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

[        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

U        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

I        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

8        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

]        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

S        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

k        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

-        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

g        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

g        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

k        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

,        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

U        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

I        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

1        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

2        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

8        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

A        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

A        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

,        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

K        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

[        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

U        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

I        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

8        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

]        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

,        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

U        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

I        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

1        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

2        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

8        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

{        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

A        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

=        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

A        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

K        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

=        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

K        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

=        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

}        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

C        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

W        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

{        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

F        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

x        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

A        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

F        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

x        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

K        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

U        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

I        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

1        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

2        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

8        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

}        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

C        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

R        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

{        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

A        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

=        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

A        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

F        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

x        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

A        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

C        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

K        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

=        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

F        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

x        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

E        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

2        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

5        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

5        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

1        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

9        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

k        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

B        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

C        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

=        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

U        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

I        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

1        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

2        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

8        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

}        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

}        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

T        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

g        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

,        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

k        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

g        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

V        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

S        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

S        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

,        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

H        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

,        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

C        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

C        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

{        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

A        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

;        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

k        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

g        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

x        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

C        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

=        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

1        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

_        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

0        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

0        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

0        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

[        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

V        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

I        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

]        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

P        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

U        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

I        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

1        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

2        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

8        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

_        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

[        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

V        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

I        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

]        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

{        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

=        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

S        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

k        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

1        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

2        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

8        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

,        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

P        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

=        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

0        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

{        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

$        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

0        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

&        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

+        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

$        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

1        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

}        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

}        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

S        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

H        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

A        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

-        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

2        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

5        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

6        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

g        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

k        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

[        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

U        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

I        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

8        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

]        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

{        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

S        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

H        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

A        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

2        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

5        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

6        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

B        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

}        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

T        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

k        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

,        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

x        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

K        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

[        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

U        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

I        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

8        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

]        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

-        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

>        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

x        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

I        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

,        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

V        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

I        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

?        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

{        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

g        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

x        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

=        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

I        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

x        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

{        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

$        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

0        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

K        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

=        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

=        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

K        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

}        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

{        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

}        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

x        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

,        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

[        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

x        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

]        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

}        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

W        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

`        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

`        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

q        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

k        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

Q        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

_        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

U        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

I        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

1        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

2        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

8        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

-        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

>        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

B        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

{        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

*        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

3        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

>        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

*        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

2        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

,        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

>        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

-        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

3        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

x        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

,        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

=        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

R        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

g        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

O        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

3        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

,        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

2        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

=        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

P        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

R        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

g        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

O        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

2        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

!        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

&        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

&        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

!        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

2        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

{        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

>        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

}        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

O        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

2        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

^        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

1        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

2        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

7        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

k        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

2        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

>        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

P        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

3        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

|        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

|        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

2        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

=        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

=        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

P        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

/        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

3        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

&        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

&        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

>        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

P        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

-        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

}        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

C        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

W        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

{        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

A        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

v        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

{        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

$        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

0        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

$        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

1        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

}        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

}        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

p        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

b        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

C        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

c        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

R        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

h        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

w        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

{        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

A        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

x        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

C        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

:        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

S        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

m        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

x        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

C        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

u        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

{        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

y        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

$        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

0        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

(        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

V        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

i        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

d        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

a        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

t        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

r        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

I        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

n        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

o        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

.        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

s        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

e        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

l        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

f        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

}        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

)        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

         // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

}        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

}        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }


        // power * 3 > total * 2, in full 256-bit width so no stake can overflow it.
        let left = power.multipliedFullWidth(by: 3)
        let right = totalPower.multipliedFullWidth(by: 2)
        return left.high != right.high ? left.high > right.high : left.low > right.low
    }

